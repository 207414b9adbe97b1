package vn.lienthong.testsupport.architecture.samples.bad.bean.application;

import org.springframework.stereotype.Service;

@Service
public class Desk {
    public boolean open() {
        return true;
    }
}
